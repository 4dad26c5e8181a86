import { fail } from '../../core/app-error';
import { createPersonalDataCipher, type PersonalDataCipher } from '../../core/personal-data/cipher';
import { DataKeyError, parseDataKey } from '../../core/personal-data/data-key';

/** What every call answers while the function has no usable data key: a deployment error, said plainly. */
export const noDataKeyReply = () =>
  fail('INTERNAL', '云函数没有配置有效的数据密钥（JINGUO_DATA_KEY），暂时无法使用；请管理员按部署说明配置后重新部署');

/**
 * The cipher of `JINGUO_DATA_KEY`, made once per value (a changed variable takes effect on the next
 * cold start); null, with one clear log line, when the variable is missing or malformed.
 */
export function envDataCipher(name: string): () => PersonalDataCipher | null {
  let made: { raw: string | undefined; cipher: PersonalDataCipher | null } | null = null;
  return () => {
    const raw = process.env.JINGUO_DATA_KEY;
    if (made && made.raw === raw) return made.cipher;
    try {
      made = { raw, cipher: createPersonalDataCipher(parseDataKey(raw)) };
    } catch (error) {
      if (!(error instanceof DataKeyError)) throw error;
      console.error(`[${name}] cannot start: ${error.message}`);
      made = { raw, cipher: null };
    }
    return made.cipher;
  };
}
