/** Platform start-up; nothing to do where no cloud SDK exists (H5, tests). */
export function initPlatform(): void {}
