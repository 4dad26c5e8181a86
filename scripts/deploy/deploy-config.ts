import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MINIPROGRAM_STATES } from '../../server/adapters/wx/miniprogram-state';
import { DataKeyError, parseDataKey } from '../../server/core/personal-data/data-key';

export const repoRoot = path.resolve(__dirname, '../..');
export const LOCAL_CONFIG = 'deploy.local.json';

const templateId = z.string().regex(/^[\w-]{8,}$/, 'a template id from 微信公众平台 → 订阅消息 → 我的模板');
const template = z.union([templateId, z.object({ id: templateId, data: z.record(z.string(), z.string()).optional() })]);

/** deploy.local.json (git-ignored; deploy.example.json shows every key), overridden by environment variables. */
export const deployConfigSchema = z.object({
  appid: z.string().regex(/^wx[0-9a-f]{16}$/, 'appid looks like wx followed by 16 hex digits'),
  envId: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'the cloud environment id, e.g. jinguo-1a2b3c'),
  privateKeyPath: z.string().min(1).optional(),
  campaignId: z.string().min(1).default('2023'),
  campaignFile: z.string().min(1).default('seed/campaign-2023.json'),
  unitsFile: z.string().min(1).default('seed/units.json'),
  subscribeTemplates: z.record(z.string(), template).default({}),
  // Which version a subscribe message opens: the released one, unless this deployment serves 体验版 or 开发版.
  miniprogramState: z.enum(MINIPROGRAM_STATES).default('formal'),
  setupToken: z.string().min(24, 'setupToken needs at least 24 characters').optional(),
  // Every function seals and opens 身份证号 / 联系电话 with it: a deployment without one cannot run.
  dataKey: z
    .string({ error: 'dataKey is required: 32 random bytes, base64 (openssl rand -base64 32); back it up, it cannot be recovered' })
    .superRefine((value, ctx) => {
      try {
        parseDataKey(value, 'dataKey');
      } catch (error) {
        if (!(error instanceof DataKeyError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
      }
    }),
});

export type DeployConfig = z.infer<typeof deployConfigSchema>;

// Each variable overrides one key, so CI can deploy without a file.
const ENV_KEYS: Record<string, keyof DeployConfig> = {
  JINGUO_APPID: 'appid',
  JINGUO_ENV_ID: 'envId',
  JINGUO_PRIVATE_KEY_PATH: 'privateKeyPath',
  CAMPAIGN_ID: 'campaignId',
  SETUP_TOKEN: 'setupToken',
  JINGUO_DATA_KEY: 'dataKey',
  MINIPROGRAM_STATE: 'miniprogramState',
};

export function loadDeployConfig(env: Record<string, string | undefined> = process.env, root = repoRoot): DeployConfig {
  const file = path.join(root, LOCAL_CONFIG);
  const raw: Record<string, unknown> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  for (const [variable, key] of Object.entries(ENV_KEYS)) if (env[variable]) raw[key] = env[variable];
  if (env.SUBSCRIBE_TEMPLATES) raw.subscribeTemplates = JSON.parse(env.SUBSCRIBE_TEMPLATES);
  delete raw.$comment;
  const parsed = deployConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${LOCAL_CONFIG} / environment is incomplete (copy deploy.example.json):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The environment variables of one cloud function; SETUP_TOKEN reaches only `admin`, JINGUO_DATA_KEY every function. */
export function functionEnv(config: DeployConfig, name: string): Record<string, string> {
  const env: Record<string, string> = {
    CAMPAIGN_ID: config.campaignId,
    SUBSCRIBE_TEMPLATES: JSON.stringify(config.subscribeTemplates),
    JINGUO_DATA_KEY: config.dataKey,
    MINIPROGRAM_STATE: config.miniprogramState,
  };
  if (name === 'admin' && config.setupToken) env.SETUP_TOKEN = config.setupToken;
  return env;
}
