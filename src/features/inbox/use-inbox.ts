import { callFunction } from '../../services/api';
import { useCall } from '../../services/use-call';

export interface InboxItem {
  id: string;
  title: string;
  body: string;
  page: string | null;
  createdAt: string;
  readAt: string | null;
}

export function useInbox(enabled: boolean) {
  return useCall(
    async () => (enabled ? callFunction<{ items: InboxItem[]; unread: number }>('notify', 'inbox') : { items: [], unread: 0 }),
    [enabled],
  );
}
