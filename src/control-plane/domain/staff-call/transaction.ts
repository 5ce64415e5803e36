/** Runs work atomically: the change and its audit entry commit together or not at all. */
export interface Transactor {
  inTransaction<T>(work: () => Promise<T>): Promise<T>;
}
