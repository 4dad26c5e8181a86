import { createRequire } from 'node:module';
import ts from 'typescript';

/** What the typings declare for one `wx` member. */
export type WxMember =
  | {
      kind: 'method';
      /** the option object's keys; null when the API takes no option object */
      optionKeys: ReadonlySet<string> | null;
      /** the option keys the typings require (not `?`) */
      requiredKeys?: ReadonlySet<string>;
      /** for `create…Context` and `getFileSystemManager`: the members of the object it returns */
      returns?: ReadonlyMap<string, WxMember>;
    }
  | { kind: 'namespace'; members: ReadonlyMap<string, WxMember> }
  | { kind: 'value' };

export type WxSchema = ReadonlyMap<string, WxMember>;

const typingsEntry = createRequire(import.meta.url).resolve('miniprogram-api-typings/index.d.ts');

/** Keys of an option parameter's type, through generics (`T extends XOption`), unions and `OQ<…>`/`RQ<…>`. */
function optionKeysOf(checker: ts.TypeChecker, type: ts.Type, required?: Set<string>): Set<string> | null {
  const constraint = type.isTypeParameter() ? checker.getBaseConstraintOfType(type) : type;
  if (!constraint) return null;
  const parts = constraint.isUnion() ? constraint.types : [constraint];
  const keys = new Set<string>();
  let objectLike = false;
  for (const part of parts) {
    if (!(part.flags & ts.TypeFlags.Object) && !part.isIntersection()) continue;
    if (checker.getSignaturesOfType(part, ts.SignatureKind.Call).length > 0) continue;
    objectLike = true;
    for (const prop of checker.getPropertiesOfType(part)) {
      keys.add(prop.name);
      // Required only if every member of a union requires it; a single interface: its non-optional keys.
      if (parts.length === 1 && !(prop.flags & ts.SymbolFlags.Optional)) required?.add(prop.name);
    }
  }
  return objectLike ? keys : null;
}

function membersOf(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, depth: number): Map<string, WxMember> {
  const members = new Map<string, WxMember>();
  for (const prop of checker.getPropertiesOfType(type)) {
    const propType = checker.getTypeOfSymbolAtLocation(prop, at);
    const signatures = checker.getSignaturesOfType(propType, ts.SignatureKind.Call);
    if (signatures.length > 0) {
      let optionKeys: Set<string> | null = null;
      // Overloads (callbacks vs promise) differ in what they require: only what all of them require counts.
      const requiredSets: Set<string>[] = [];
      for (const signature of signatures) {
        const first = signature.getParameters()[0];
        if (!first) continue;
        const required = new Set<string>();
        const keys = optionKeysOf(checker, checker.getTypeOfSymbolAtLocation(first, at), required);
        if (keys) optionKeys = new Set([...(optionKeys ?? []), ...keys]);
        if (keys) requiredSets.push(required);
      }
      const requiredKeys = new Set([...(requiredSets[0] ?? [])].filter((k) => requiredSets.every((set) => set.has(k))));
      const returned = signatures[0] ? checker.getReturnTypeOfSignature(signatures[0]) : undefined;
      const returns =
        /^(create\w*Context|getFileSystemManager)$/.test(prop.name) && returned && depth > 0
          ? membersOf(checker, returned, at, 0)
          : undefined;
      members.set(prop.name, {
        kind: 'method',
        optionKeys,
        ...(requiredKeys?.size ? { requiredKeys } : {}),
        ...(returns ? { returns } : {}),
      });
    } else if (depth > 0 && propType.flags & ts.TypeFlags.Object && checker.getPropertiesOfType(propType).length > 0) {
      members.set(prop.name, { kind: 'namespace', members: membersOf(checker, propType, at, depth - 1) });
    } else {
      members.set(prop.name, { kind: 'value' });
    }
  }
  return members;
}

/** The `wx` object as miniprogram-api-typings declares it (`declare let wx: WechatMiniprogram.Wx`). */
export function readWxSchema(): WxSchema {
  const program = ts.createProgram([typingsEntry], { noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2017.d.ts'] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFiles().find((f) => f.fileName.endsWith('types/wx/index.d.ts'));
  if (!source) throw new Error('miniprogram-api-typings: types/wx/index.d.ts not found');
  let wxDeclaration: ts.VariableDeclaration | undefined;
  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'wx') wxDeclaration = node;
    else node.forEachChild(visit);
  });
  if (!wxDeclaration) throw new Error('miniprogram-api-typings: `declare let wx` not found');
  return membersOf(checker, checker.getTypeAtLocation(wxDeclaration), wxDeclaration, 1);
}
