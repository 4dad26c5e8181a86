import { Text, View } from '@tarojs/components';
import { auditActionLabel } from '../../../domain/audit/actions';
import { formatShanghai } from '../../../domain/time/shanghai';
import type { ServerNomination } from './use-draft';
import './wizard.css';

type Entry = ServerNomination['history'][number];

/** The reasons a return carried, as its audit entry keeps them: they stay in the timeline after resubmitting. */
function reasonsOf(entry: Entry): string[] {
  const reasons = entry.detail?.reasons;
  if (!Array.isArray(reasons)) return [];
  return reasons.flatMap((r) =>
    r && typeof r === 'object' && typeof (r as { message?: unknown }).message === 'string' ? [(r as { message: string }).message] : [],
  );
}

/** What happened to the nomination, each step named once (the action is the new state: 「退回修改」, not 「退回修改 → 退回修改」). */
export function ContactTimeline({ history }: { history: ServerNomination['history'] }) {
  return (
    <View className='contact-timeline'>
      {history.map((h) => (
        <View key={`${h.at}-${h.action}-${JSON.stringify(h.detail ?? null)}`} className='contact-timeline__item'>
          <Text className='contact-timeline__time'>{formatShanghai(h.at, 'M月D日 HH:mm')}</Text>
          <View className='contact-timeline__body'>
            <Text className='contact-timeline__label'>{auditActionLabel(h.action)}</Text>
            {reasonsOf(h).map((reason) => (
              <Text key={reason} className='contact-timeline__reason'>
                退回原因：{reason}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
