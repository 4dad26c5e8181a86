import { privacyGuideMarkdown } from '../domain/privacy/privacy-guide';

// Prints the README's 用户隐私保护指引 section body from the source the app's privacy sheet shows.
process.stdout.write(`${privacyGuideMarkdown()}\n`);
