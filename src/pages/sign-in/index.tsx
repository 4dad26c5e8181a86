import { View } from '@tarojs/components';
import { SignIn } from '../../features/session/dev-sign-in';

export default function SignInPage() {
  return (
    <View className='page'>
      <SignIn />
    </View>
  );
}
