import { Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { countdown, formatShanghai } from '../../../domain/time/shanghai';
import './deadline-countdown.css';

interface Props {
  deadline: string;
  /** The server's clock when the campaign was read: the countdown follows it, not the phone's. */
  serverNow: string;
  /** One line, for the top of the form. */
  compact?: boolean;
}

export function DeadlineCountdown({ deadline, serverNow, compact }: Props) {
  const skew = useMemo(() => new Date(serverNow).getTime() - Date.now(), [serverNow]);
  const [now, setNow] = useState(() => new Date(Date.now() + skew));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date(Date.now() + skew)), 1000);
    return () => clearInterval(timer);
  }, [skew]);
  const left = countdown(now, deadline);
  if (compact) {
    return (
      <Text className={`deadline-compact ${left.passed ? 'deadline-compact--passed' : ''}`}>
        {left.passed ? '报送已截止' : `距截止 ${left.days} 天 ${left.hours} 小时 ${left.minutes} 分`}
      </Text>
    );
  }
  return (
    <View className={`deadline ${left.passed ? 'deadline--passed' : ''}`}>
      <Text className='deadline__label'>报送截止：{formatShanghai(deadline, 'YYYY年M月D日 HH:mm')}（北京时间）</Text>
      {left.passed ? (
        <Text className='deadline__value'>已截止</Text>
      ) : (
        <View className='deadline__value' aria-label='距离截止'>
          <Text>还剩 </Text>
          <Text className='deadline__num'>{left.days}</Text>
          <Text> 天 </Text>
          <Text className='deadline__num'>{left.hours}</Text>
          <Text> 小时 </Text>
          <Text className='deadline__num'>{left.minutes}</Text>
          <Text> 分 </Text>
          <Text className='deadline__num'>{left.seconds}</Text>
          <Text> 秒</Text>
        </View>
      )}
    </View>
  );
}
