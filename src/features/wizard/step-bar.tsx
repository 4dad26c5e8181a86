import { Text, View } from '@tarojs/components';
import { STEPS } from './steps';
import './wizard.css';

interface Props {
  current: number;
  reached: number;
  withErrors: ReadonlySet<number>;
  onJump: (step: number) => void;
}

/** Done / current / with errors, and a tap jumps to any step already reached. */
export function StepBar({ current, reached, withErrors, onJump }: Props) {
  return (
    <View className='stepbar'>
      {STEPS.map((step, i) => {
        const state =
          i === current ? 'current' : withErrors.has(i) && i <= reached ? 'error' : i < reached || i <= reached ? 'done' : 'todo';
        return (
          <View
            key={step.key}
            className={`stepbar__item stepbar__item--${state}`}
            onClick={() => i <= reached && onJump(i)}
            aria-label={step.title}
          >
            <Text className='stepbar__dot'>{state === 'error' ? '!' : i + 1}</Text>
            <Text className='stepbar__name'>{step.short}</Text>
          </View>
        );
      })}
      <Text className='stepbar__title'>
        第 {current + 1} 步 / 共 {STEPS.length} 步：{STEPS[current].title}
      </Text>
    </View>
  );
}
