import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Campaign } from '../../../domain/campaign/campaign';
import './category-list.css';

/** The four focus categories with the notice's own descriptions, folded to two lines until tapped. */
export function CategoryList({ categories }: { categories: Campaign['categories'] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <View className='categories'>
      {categories.map((category, index) => (
        <View
          key={category.key}
          className={`category ${open === category.key ? 'category--open' : ''}`}
          onClick={() => setOpen(open === category.key ? null : category.key)}
        >
          <Text className='category__title'>
            {index + 1}. {category.label}
          </Text>
          <Text className='category__text'>{category.description}</Text>
          <Text className='category__more'>{open === category.key ? '收起' : '展开全文'}</Text>
        </View>
      ))}
    </View>
  );
}
