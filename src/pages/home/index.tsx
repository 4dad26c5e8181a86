import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { isPast } from '../../../domain/time/shanghai';
import { CategoryList } from '../../features/campaign/category-list';
import { DeadlineCountdown } from '../../features/campaign/deadline-countdown';
import { OrganizerContacts } from '../../features/campaign/organizer-contacts';
import { useInbox } from '../../features/inbox/use-inbox';
import { useReloadOnReturn } from '../../services/use-reload-on-return';
import { useCampaign } from '../../features/campaign/use-campaign';
import { NextSteps } from '../../features/session/next-steps';
import { ROLE_LABELS } from '../../../domain/status/machine';
import { useWhoami } from '../../features/session/use-whoami';
import './index.css';
import { withPageShell } from '../../components/page-shell';

function HomePage() {
  const campaign = useCampaign();
  const me = useWhoami();
  const inbox = useInbox(Boolean(me.data));
  useReloadOnReturn(inbox.reload);
  usePullDownRefresh(() => {
    campaign.reload();
    me.reload();
    inbox.reload();
    Taro.stopPullDownRefresh();
  });

  if (campaign.error) {
    return (
      <View className='page page--center'>
        <Text className='error-text'>{campaign.error.message}</Text>
        <AppButton className='primary-button' onClick={campaign.reload}>
          重试
        </AppButton>
      </View>
    );
  }
  const c = campaign.data;
  if (!c)
    return (
      <View className='page page--center'>
        <Text className='muted'>正在加载活动信息…</Text>
      </View>
    );
  const deadline = me.data?.role === 'contact' ? c.unitDeadline : c.deadline;

  return (
    <View className='page'>
      <View className='hero'>
        <Text className='hero__organizer'>{c.organizer}</Text>
        <Text className='hero__title'>{c.title}</Text>
        <DeadlineCountdown deadline={deadline} serverNow={c.serverNow} />
      </View>

      <View className='card'>
        <Text className='card__title'>我的下一步</Text>
        {me.data ? (
          <View>
            <View className='me-line'>
              <Text className='muted'>
                {me.data.name} · {ROLE_LABELS[me.data.role]}
              </Text>
              <Text className='inbox-link' onClick={() => Taro.navigateTo({ url: '/pages/inbox/index' })}>
                消息{inbox.data?.unread ? <Text className='badge'>{inbox.data.unread}</Text> : null}
              </Text>
            </View>
            <NextSteps me={me.data} passed={isPast(c.serverNow, deadline)} />
          </View>
        ) : (
          <View>
            <Text className='muted'>{me.loading ? '正在确认身份…' : '登录后即可填写或审查推荐材料。'}</Text>
            {!me.loading && (
              <AppButton className='primary-button' onClick={() => Taro.navigateTo({ url: '/pages/sign-in/index' })}>
                登录
              </AppButton>
            )}
          </View>
        )}
      </View>

      <View className='card'>
        <Text className='card__title'>2023年重点选树</Text>
        <CategoryList categories={c.categories} />
      </View>

      <View className='card'>
        <Text className='card__title'>报送材料</Text>
        <Text className='requirement'>1.《推荐人员登记表》，签字盖章后一式{c.paperCopies}份寄送主办单位</Text>
        <Text className='requirement'>
          2. 工作照 {c.media.photos.min}–{c.media.photos.max} 张（非证件照），JPG 格式，{Math.round(c.media.photos.minPixels / 1024)}K
          像素以上
        </Text>
        <Text className='requirement'>
          3. 短视频 1 段，不超过 {c.media.video.maxDurationSec} 秒，MP4 格式，高清（{c.media.video.minShortSide}P）以上，横屏 16:9
        </Text>
      </View>

      <View className='card'>
        <Text className='card__title'>联系主办单位</Text>
        <OrganizerContacts campaign={c} />
      </View>
    </View>
  );
}

export default withPageShell(HomePage);
