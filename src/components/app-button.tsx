// biome-ignore lint/style/noRestrictedImports: this is the one place the raw Taro Button is wrapped.
import { Button, type ButtonProps } from '@tarojs/components';

/**
 * The app's one button. Taro's H5 button writes `disabled="false"` for `disabled={false}`, and Taro's own CSS
 * greys out any `[disabled]`: an enabled button looked disabled. `false` never reaches the element here.
 */
export function AppButton({ disabled, ...rest }: ButtonProps) {
  return <Button {...rest} disabled={disabled || undefined} />;
}
