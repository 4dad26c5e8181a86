/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';

/** The WeChat cloud environment id, fixed at build time (`TARO_APP_CLOUD_ENV`); empty = the default one. */
declare const CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5' | undefined;
    TARO_APP_CLOUD_ENV?: string;
    TARO_APP_ID?: string;
  }
}
