import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every WeChat call the app makes through Taro (`Taro.x(…)`, `Taro.cloud.x(…)`, `requireApi(…, 'x')`) is
 * declared by miniprogram-api-typings, WeChat's own schema of `wx`, and passes only option keys it declares.
 * Taro's types are looser (Alipay's fields, missing APIs), which is how `compressed: false` and
 * `Taro.getFileInfo` got in.
 */
const root = path.resolve(__dirname, '../..');
const typings = path.join(root, 'node_modules/miniprogram-api-typings/types/wx');
// Taro's own helpers, not WeChat APIs.
const TARO_OWN = new Set(['getCurrentInstance']);

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
const lastName = (name: ts.EntityName | ts.Expression): string =>
  ts.isIdentifier(name)
    ? name.text
    : ts.isQualifiedName(name)
      ? name.right.text
      : ts.isPropertyAccessExpression(name)
        ? name.name.text
        : '';

interface Shape {
  members: Set<string>;
  bases: string[];
}

/** Every interface of the typings by its simple name, merged across declarations. */
function interfaces(): Map<string, Shape> {
  const found = new Map<string, Shape>();
  for (const file of ['lib.wx.api.d.ts', 'lib.wx.cloud.d.ts']) {
    const visit = (node: ts.Node) => {
      if (ts.isInterfaceDeclaration(node)) {
        const shape = found.get(node.name.text) ?? { members: new Set(), bases: [] };
        for (const m of node.members) if (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) shape.members.add(m.name.text);
        for (const clause of node.heritageClauses ?? []) for (const t of clause.types) shape.bases.push(lastName(t.expression));
        found.set(node.name.text, shape);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(path.join(typings, file)));
  }
  return found;
}

const shapes = interfaces();

function allMembers(name: string): Set<string> {
  const shape = shapes.get(name);
  if (!shape) return new Set();
  return new Set([...shape.members, ...shape.bases.flatMap((b) => [...allMembers(b)])]);
}

/** For each method of an interface (Wx, WxCloud, FileSystemManager): the option interfaces its first parameter may be. */
function methodOptions(owner: string): Map<string, string[]> {
  const methods = new Map<string, string[]>();
  const optionName = (type: ts.TypeNode | undefined, generics: readonly ts.TypeParameterDeclaration[] = []): string[] => {
    if (!type) return [];
    if (ts.isFunctionTypeNode(type)) return optionName(type.parameters[0]?.type, type.typeParameters);
    if (!ts.isTypeReferenceNode(type)) return [];
    const name = lastName(type.typeName);
    const generic = generics.find((g) => g.name.text === name);
    if (generic) return optionName(generic.constraint);
    // OQ<X> / RQ<X>: the cloud SDK's callback and promise forms of the same parameter.
    if ((name === 'OQ' || name === 'RQ') && type.typeArguments) return optionName(type.typeArguments[0]);
    return [name];
  };
  for (const file of ['lib.wx.api.d.ts', 'lib.wx.cloud.d.ts']) {
    const visit = (node: ts.Node) => {
      if (ts.isInterfaceDeclaration(node) && node.name.text === owner) {
        for (const m of node.members) {
          if (!m.name || !ts.isIdentifier(m.name)) continue;
          const options = ts.isMethodSignature(m)
            ? optionName(m.parameters[0]?.type, m.typeParameters)
            : ts.isPropertySignature(m)
              ? optionName(m.type)
              : [];
          methods.set(m.name.text, [...(methods.get(m.name.text) ?? []), ...options]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(path.join(typings, file)));
  }
  return methods;
}

const owners = { wx: methodOptions('Wx'), cloud: methodOptions('WxCloud'), fs: methodOptions('FileSystemManager') };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

interface Use {
  where: string;
  owner: keyof typeof owners;
  api: string;
  keys: string[] | null;
}

/** The object literal behind an argument: inline, behind `as`, or a `const` of the same file. */
function objectKeys(arg: ts.Expression | undefined, file: ts.SourceFile): string[] | null {
  let node = arg;
  while (node && (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node))) node = node.expression;
  if (node && ts.isIdentifier(node)) {
    let init: ts.Expression | undefined;
    const find = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === (node as ts.Identifier).text) init = n.initializer;
      ts.forEachChild(n, find);
    };
    find(file);
    return init ? objectKeys(init, file) : null;
  }
  if (!node || !ts.isObjectLiteralExpression(node)) return null;
  return node.properties.flatMap((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : []));
}

function uses(): Use[] {
  const found: Use[] = [];
  for (const full of sources(path.join(root, 'src'))) {
    const file = parse(full);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const where = `${path.relative(root, full)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isPropertyAccessExpression(callee)) {
          const target = callee.expression;
          const keys = objectKeys(node.arguments[0], file);
          if (ts.isIdentifier(target) && (target.text === 'Taro' || target.text === 'wx') && !TARO_OWN.has(callee.name.text)) {
            found.push({ where, owner: 'wx', api: callee.name.text, keys });
          } else if (
            ts.isPropertyAccessExpression(target) &&
            ts.isIdentifier(target.expression) &&
            target.expression.text === 'Taro' &&
            target.name.text === 'cloud'
          ) {
            found.push({ where, owner: 'cloud', api: callee.name.text, keys });
          } else if (
            ts.isCallExpression(target) &&
            ts.isPropertyAccessExpression(target.expression) &&
            target.expression.name.text === 'getFileSystemManager'
          ) {
            found.push({ where, owner: 'fs', api: callee.name.text, keys });
          }
        }
        if (ts.isIdentifier(callee) && callee.text === 'requireApi') {
          for (const arg of node.arguments.slice(1))
            if (ts.isStringLiteral(arg)) found.push({ where, owner: 'wx', api: arg.text, keys: null });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('the app’s WeChat calls against miniprogram-api-typings', () => {
  const all = uses();

  it('finds the calls (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((u) => u.api === 'chooseMedia' && u.keys?.includes('sizeType'))).toBe(true);
    expect(all.some((u) => u.owner === 'cloud' && u.api === 'downloadFile')).toBe(true);
    expect(all.some((u) => u.owner === 'fs' && u.api === 'getFileInfo' && u.keys?.includes('filePath'))).toBe(true);
  });

  it('calls only APIs the typings declare', () => {
    const missing = all.filter((u) => !owners[u.owner].has(u.api)).map((u) => `${u.where} ${u.owner}.${u.api}`);
    expect(missing).toEqual([]);
  });

  it('passes only option keys the typings declare for that API', () => {
    const wrong = all.flatMap((u) => {
      const options = owners[u.owner].get(u.api) ?? [];
      if (!u.keys || options.length === 0) return [];
      const declared = new Set(options.flatMap((o) => [...allMembers(o)]));
      return u.keys.filter((k) => !declared.has(k)).map((k) => `${u.where} ${u.owner}.${u.api}({ ${k} })`);
    });
    expect(wrong).toEqual([]);
  });

  it('would catch what the issue found (the check can fail)', () => {
    const chooseMedia = new Set(owners.wx.get('chooseMedia')?.flatMap((o) => [...allMembers(o)]));
    expect(chooseMedia.has('sizeType')).toBe(true);
    expect(chooseMedia.has('compressed')).toBe(false);
    expect(owners.wx.has('getFileInfo')).toBe(false);
    expect(allMembers('RequestSubscribeMessageOption').has('entityIds')).toBe(false);
  });
});
