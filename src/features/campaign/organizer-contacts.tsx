import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import type { Campaign } from '../../../domain/campaign/campaign';
import { copyText } from '../../services/copy-text';
import { toDeviceError } from '../../services/device-failure';
import './organizer-contacts.css';

/** A dialer string: Beijing's area code for a bare 8-digit number, a pause before an extension. */
export function dialable(phone: string): string {
  const [main, extension] = phone.replace(/[^\d-]/g, '').split(/-(?=\d{1,6}$)/);
  const number = /^\d{8}$/.test(main) ? `010${main}` : main.replace(/-/g, '');
  return extension ? `${number},${extension}` : number;
}

/** Dials; closing WeChat's dial sheet is no error, anything else says to dial by hand. */
async function dial(phone: string) {
  try {
    await Taro.makePhoneCall({ phoneNumber: dialable(phone) });
  } catch (error) {
    const problem = toDeviceError('call', error);
    if (problem.outcome !== 'cancelled')
      await Taro.showModal({ title: '未能拨打', content: `${problem.message}电话：${phone}`, showCancel: false });
  }
}

const copy = (label: string, data: string) => copyText(data, `${label}已复制`, `也可以长按文字复制：${data}`);

/** The organizer's people, mailbox and postal address: tap to call, tap to copy. */
export function OrganizerContacts({ campaign }: { campaign: Campaign }) {
  const address = [campaign.postalAddress.address, campaign.postalAddress.room].filter(Boolean).join('');
  return (
    <View className='contacts'>
      {campaign.contacts.map((person) => (
        <View key={person.name} className='contacts__row'>
          <Text className='contacts__text'>
            {person.name}　{person.phone}
          </Text>
          <AppButton className='contacts__action' size='mini' onClick={() => dial(person.phone)}>
            拨打
          </AppButton>
        </View>
      ))}
      <View className='contacts__row'>
        <Text className='contacts__text'>邮箱　{campaign.mailbox}</Text>
        <AppButton className='contacts__action' size='mini' onClick={() => copy('邮箱', campaign.mailbox)}>
          复制
        </AppButton>
      </View>
      <View className='contacts__row'>
        <Text className='contacts__text'>
          纸质登记表（一式{campaign.paperCopies}份）寄送：{address}
        </Text>
        <AppButton className='contacts__action' size='mini' onClick={() => copy('地址', address)}>
          复制
        </AppButton>
      </View>
    </View>
  );
}
