import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { inviteCodeFromText } from '../../../domain/invites/invite-status';
import { SignIn } from '../../features/session/dev-sign-in';
import { withPageShell } from '../../components/page-shell';

function SignInPage() {
  // An invite's QR code opens this page as `pages/sign-in/index?invite=<code>`.
  const { params } = useRouter();
  const invite = params.invite ? inviteCodeFromText(`?invite=${params.invite}`) : null;
  return (
    <View className='page'>
      <SignIn invite={invite ?? undefined} />
    </View>
  );
}

export default withPageShell(SignInPage);
