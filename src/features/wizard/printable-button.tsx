import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import { openPrintable } from './open-printable';

/** Fetches the filled 登记表 as a PDF and opens it (weapp) or downloads it (H5). */
export function PrintableButton() {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { url } = await callFunction<{ fileId: string; url: string }>('nomination', 'printable');
      await openPrintable(url);
    } catch (e) {
      Taro.showToast({ title: e instanceof ApiError ? e.message : '生成失败，请重试', icon: 'none' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <AppButton className='primary-button' loading={busy} disabled={busy} onClick={run}>
      打印登记表（PDF）
    </AppButton>
  );
}
