/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5' | undefined;
    /** The WeChat cloud environment id the mini-program calls (weapp builds only). */
    TARO_APP_CLOUD_ENV?: string;
    TARO_APP_ID?: string;
  }
}
