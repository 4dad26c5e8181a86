import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { NOTICE_2023 } from './notice-2023';
import { PhoneLink } from './phone-link';
import './notice-text.css';

const PHONES = /^联系电话：(.+)$/;

/** The notice as the organizer wrote it: its title, one tap to read it all; its phones tappable. */
export function NoticeText() {
  const [open, setOpen] = useState(false);
  const [title, ...rest] = NOTICE_2023.split('\n');
  const paragraphs = rest.map((line) => line.replace(/\s+$/, '')).filter((line, i, all) => line !== '' || all[i - 1] !== '');
  return (
    <View className='notice'>
      <Text className='notice__title'>{title}</Text>
      {open ? (
        <View className='notice__body'>
          {paragraphs.map((line, i) => {
            const phones = PHONES.exec(line.trim());
            return phones ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the notice is fixed text; a line's place is its identity.
              <View key={i} className='notice__line'>
                <Text>联系电话：</Text>
                {phones[1].split('、').map((p) => (
                  <PhoneLink key={p} phone={p} />
                ))}
              </View>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above.
              <Text key={i} className='notice__line'>
                {line}
              </Text>
            );
          })}
          <Text className='notice__toggle' onClick={() => setOpen(false)}>
            收起通知
          </Text>
        </View>
      ) : (
        <Text className='notice__toggle' onClick={() => setOpen(true)}>
          阅读通知全文 ›
        </Text>
      )}
    </View>
  );
}
