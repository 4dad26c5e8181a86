import { Image, Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Campaign } from '../../../domain/campaign/campaign';
import { ageFromIdNumber } from '../../../domain/form/age';
import type { AttachedMedia } from '../media/types';
import type { Form } from './draft-storage';
import './wizard.css';

export interface RecordTableProps {
  form: Form;
  campaign: Campaign;
  unitName: string;
  photos: readonly AttachedMedia[];
  video: AttachedMedia | null;
}

/** The nomination laid out like the printed form, with the photos and the video as they were attached. */
export function RecordTable({ form, campaign, unitName, photos, video }: RecordTableProps) {
  const category = campaign.categories.find((c) => c.key === form.category)?.label;
  const age = form.idNumber ? ageFromIdNumber(form.idNumber, campaign.deadline) : null;
  const rows: [string, string | undefined][] = [
    ['推荐单位', unitName],
    ['重点选树类别', category],
    ['姓名', form.name],
    ['年龄', age === null ? undefined : `${age} 岁`],
    ['文化程度', form.education],
    ['政治面貌', form.politicalStatus],
    ['民族', form.ethnicity],
    ['联系电话', form.phone],
    ['单位及职务', form.workUnitAndPost],
    ['身份证号', form.idNumber],
    ['曾获荣誉', form.honors],
    ['主要事迹', form.deeds],
    ['推荐单位意见', form.unitOpinion],
  ];
  const urls = photos.map((p) => p.url);
  return (
    <View className='record'>
      <View className='preview-table'>
        {rows.map(([label, value]) => (
          <View key={label} className='preview-row'>
            <Text className='preview-cell__label'>{label}</Text>
            <Text className='preview-cell__value'>{value || '—'}</Text>
          </View>
        ))}
      </View>
      <Text className='record__heading'>工作照（{photos.length} 张）</Text>
      {photos.length > 0 ? (
        <View className='record__photos'>
          {photos.map((p, i) => (
            <Image
              key={p.id}
              className='record__photo'
              src={p.url}
              mode='aspectFill'
              aria-label={`工作照第 ${i + 1} 张`}
              onClick={() => Taro.previewImage({ urls, current: p.url })}
            />
          ))}
        </View>
      ) : (
        <Text className='muted'>未上传</Text>
      )}
      <Text className='record__heading'>短视频</Text>
      {video ? (
        <View>
          <Video className='record__video' src={video.url} controls objectFit='contain' />
          <Text className='muted'>
            {video.measured.displayWidth}×{video.measured.displayHeight} · {video.measured.durationSec?.toFixed(1)} 秒
          </Text>
        </View>
      ) : (
        <Text className='muted'>未上传</Text>
      )}
    </View>
  );
}
