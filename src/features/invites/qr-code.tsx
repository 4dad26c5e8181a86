import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { qrRows } from './qr-matrix';

/** Whole pixels per module keep the edges sharp for a phone camera; the quiet zone is 4 modules. */
export function QrCode({ payload, width = 232 }: { payload: string; width?: number }) {
  const { size, rows } = useMemo(() => qrRows(payload), [payload]);
  const module = Math.max(2, Math.floor(width / size));
  return (
    <View className='qr' style={{ padding: `${module * 4}px` }}>
      {rows.map((runs, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed by the payload and never reorder.
        <View key={r} className='qr__row' style={{ height: `${module}px` }}>
          {runs.map((run, c) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: runs are fixed by the payload and never reorder.
            <View key={c} className={run.dark ? 'qr__dark' : 'qr__light'} style={{ width: `${run.length * module}px` }} />
          ))}
        </View>
      ))}
    </View>
  );
}
