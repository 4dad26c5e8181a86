import type { TestProject } from 'vitest/node';
import { readWxSchema, type WxMember } from './wx-schema';

export type SerializedMember =
  | { kind: 'method'; optionKeys: string[] | null; requiredKeys?: string[]; returns?: Record<string, SerializedMember> }
  | { kind: 'namespace'; members: Record<string, SerializedMember> }
  | { kind: 'value' };

const serialize = (member: WxMember): SerializedMember =>
  member.kind === 'method'
    ? {
        kind: 'method',
        optionKeys: member.optionKeys ? [...member.optionKeys] : null,
        ...(member.requiredKeys ? { requiredKeys: [...member.requiredKeys] } : {}),
        ...(member.returns ? { returns: Object.fromEntries([...member.returns].map(([k, v]) => [k, serialize(v)])) } : {}),
      }
    : member.kind === 'namespace'
      ? { kind: 'namespace', members: Object.fromEntries([...member.members].map(([k, v]) => [k, serialize(v)])) }
      : { kind: 'value' };

declare module 'vitest' {
  export interface ProvidedContext {
    wxSchema: Record<string, SerializedMember>;
  }
}

/** Reading the typings takes seconds: once per run, handed to every test file. */
export default function setup(project: TestProject) {
  project.provide('wxSchema', Object.fromEntries([...readWxSchema()].map(([k, v]) => [k, serialize(v)])));
}
