import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ApiError, callFunction } from '../../services/api';
import { DeviceError } from '../../services/device-failure';
import { openPrintable, type PrintableFile } from './open-printable';

/** Fetches the filled 登记表 as a PDF and opens it (weapp) or downloads it (H5). */
export function PrintableButton() {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await openPrintable(await callFunction<PrintableFile>('nomination', 'printable'));
    } catch (e) {
      const message = e instanceof ApiError || e instanceof DeviceError ? e.message : '生成失败，请重试';
      Taro.showModal({ title: '未能打开登记表', content: message, showCancel: false });
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
