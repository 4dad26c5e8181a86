/** Built-ins some platforms' JavaScript engines lack, filled before any library loads; browsers have them all. */
export {};
