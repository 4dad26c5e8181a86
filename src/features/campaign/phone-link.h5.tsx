import { dialable } from './dial';
import './organizer-contacts.css';

/** A phone number to tap: in a browser a real `tel:` link, which the phone's dialer opens (and a long press can copy). */
export function PhoneLink({ phone, label }: { phone: string; label?: string }) {
  return (
    <a className='phone-link' href={`tel:${dialable(phone)}`}>
      {label ? `${label} ` : ''}
      {phone}
    </a>
  );
}
