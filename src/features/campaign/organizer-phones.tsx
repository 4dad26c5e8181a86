import { Text, View } from '@tarojs/components';
import { createContext, useContext } from 'react';
import type { Campaign } from '../../../domain/campaign/campaign';
import { PhoneLink } from './phone-link';
import './organizer-contacts.css';

type Contacts = Campaign['contacts'];

/** The organizer's people, for any message below that tells the contact to call them. */
export const OrganizerContext = createContext<Contacts>([]);

/** Messages that send the person to the organizer: 「联系主办单位」, 「请与主办单位联系」, 「致电…」. */
export const tellsToCall = (text: string) => /联系主办单位|与主办单位联系|致电|电话联系/.test(text);

/** The organizer's phones, each one tap from the dialer. */
export function OrganizerPhones({ contacts }: { contacts?: Contacts }) {
  const fromContext = useContext(OrganizerContext);
  const people = contacts ?? fromContext;
  if (people.length === 0) return null;
  return (
    <View className='organizer-phones'>
      <Text className='organizer-phones__label'>主办单位电话：</Text>
      {people.map((p) => (
        <PhoneLink key={p.name} phone={p.phone} label={p.name} />
      ))}
    </View>
  );
}

/** A message as shown to the contact; when it says to call the organizer, the phones come with it. */
export function MessageText({ text, className }: { text: string; className: string }) {
  return (
    <View className={className}>
      <Text>{text}</Text>
      {tellsToCall(text) && <OrganizerPhones />}
    </View>
  );
}
