import { Input } from '@tarojs/components';
import { useState } from 'react';

/** A search field that searches when the person confirms or leaves it, not at every keystroke. */
export function SearchBox({ placeholder, onSearch }: { placeholder: string; onSearch: (q: string) => void }) {
  const [typed, setTyped] = useState('');
  return (
    <Input
      className='search'
      placeholder={placeholder}
      value={typed}
      confirmType='search'
      onInput={(e) => setTyped(e.detail.value)}
      onConfirm={() => onSearch(typed)}
      onBlur={() => onSearch(typed)}
    />
  );
}
