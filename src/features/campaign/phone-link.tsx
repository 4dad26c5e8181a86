import { Text } from '@tarojs/components';
import { dial } from './dial';
import './organizer-contacts.css';

/** A phone number to tap: WeChat's dial sheet (`makePhoneCall`), its failures through the device-failure helper. */
export function PhoneLink({ phone, label }: { phone: string; label?: string }) {
  return (
    <Text className='phone-link' onClick={() => void dial(phone)}>
      {label ? `${label} ` : ''}
      {phone}
    </Text>
  );
}
