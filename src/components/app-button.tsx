// biome-ignore lint/style/noRestrictedImports: this is the one place the raw Taro Button is wrapped.
import { Button, type ButtonProps } from '@tarojs/components';

/**
 * The app's one button. Taro's H5 button writes `disabled="false"` for `disabled={false}`, and Taro's own CSS
 * greys out any `[disabled]`: an enabled button looked disabled. `false` never reaches the element here.
 * Taro's H5 button also fires `onClick` while disabled (WeChat's does not): a disabled or loading
 * button here never calls its handler, on either platform.
 */
export function AppButton({ disabled, loading, onClick, ...rest }: ButtonProps) {
  const inert = Boolean(disabled || loading);
  return (
    <Button
      {...rest}
      loading={loading}
      disabled={disabled || undefined}
      aria-disabled={inert || undefined}
      onClick={inert ? undefined : onClick}
    />
  );
}
