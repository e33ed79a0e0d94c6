// Where the SQLite database is, without opening it (the backup and restore commands must not hold a
// connection of their own while they check whether another process has the database open).
export const DEFAULT_DATABASE_URL = "file:./data/relais.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function databaseFile(url: string = databaseUrl()): string {
  return url.replace(/^file:/, "");
}
