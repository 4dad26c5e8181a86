/** Where the signed and stamped paper forms go (from the campaign). */
export interface PostalAddress {
  /** Street address, e.g. 朝阳区育慧里4号北京市科协. */
  address: string;
  /** Room, e.g. 708房间. */
  room?: string;
  /** Who receives the post; the organizer when absent. */
  recipient?: string;
}

export interface CampaignContact {
  name: string;
  phone: string;
}

/** The campaign facts printed on the form. */
export interface PrintableCampaign {
  /** The campaign's title: the activity, 2023年度“首都最美巾帼奋斗者”选树活动 (a bare honour name is taken as well). */
  title: string;
  year: number;
  /** e.g. 北京市科学技术协会 */
  organizer: string;
  postalAddress: PostalAddress;
  /** How many signed copies to post (the notice: 一式两份). */
  paperCopies: number;
  contacts: CampaignContact[];
}

/** The 登记表 fields, as the contact entered them (already validated upstream). */
export interface PrintableForm {
  name: string;
  /** Derived from the ID at the deadline; null when the ID is not valid yet. */
  age: number | null;
  education: string;
  politicalStatus: string;
  ethnicity: string;
  phone: string;
  workUnitAndPost: string;
  idNumber: string;
  honors: string;
  deeds: string;
  unitOpinion: string;
  /** The chosen 重点选树 category, in Chinese. */
  categoryLabel: string;
}

/** Links the paper to the online record. */
export interface PrintableReference {
  nominationId: string;
  /** Short code printed in clear beside the QR code, e.g. 7K3F-Q9. */
  shortCode: string;
  /** Link encoded in the QR code; without it the QR code carries the ids. */
  url?: string;
}

/** Everything `renderRegistrationForm` needs; no database, no platform. */
export interface RegistrationFormInput {
  campaign: PrintableCampaign;
  unitName: string;
  form: PrintableForm;
  reference: PrintableReference;
  /** ISO 8601 instant the PDF was made (also its CreationDate). */
  generatedAt: string;
}
