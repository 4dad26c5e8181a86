// `npm run backup [-- <folder>]`: a consistent copy of DATA_DIR (default .data/) into <folder>/jinguo-<Beijing time>/
// (default .backups/, or BACKUP_DIR): the database by SQLite's backup API, the stored files, the data key. Safe while
// the server runs. To restore: README, "Backup and restore".
import path from 'node:path';
import { backupDataDir } from '../server/local/backup';
import { settingsFromEnv } from '../server/local/settings';

async function main() {
  const root = path.resolve(__dirname, '..');
  const { dataDir } = settingsFromEnv(process.env, root);
  const backupsDir = path.resolve(process.argv[2] ?? process.env.BACKUP_DIR ?? path.join(root, '.backups'));
  const result = await backupDataDir(dataDir, backupsDir);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(`backup of ${dataDir}: ${result.folder}`);
  console.log(
    `  database ${mb(result.databaseBytes)} MB (quick_check ok), ${result.files} stored files ${mb(result.fileBytes)} MB, data key`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
