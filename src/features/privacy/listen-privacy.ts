/** Where the platform has no privacy gate (H5, tests), nothing waits for consent. */
export function listenForPrivacy(): void {}
