// Just enough XML for XLIFF files: a strict, non-validating reader (elements, attributes, text,
// CDATA, comments, namespaces) and escaping for the writer. A document type declaration is refused
// rather than half-read: translation tools never need one, and entity expansion is an attack.

export class XmlError extends Error {}

const xmlNamespace = "http://www.w3.org/XML/1998/namespace";
const predefined = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text) {
  return escapeText(text).replace(/"/g, "&quot;");
}

/**
 * Parses a document into `{ ns, name, attributes, children, line }` elements, where `name` is the
 * local name, `ns` its namespace URI and `children` mixes elements with text strings.
 */
export function parseXml(input) {
  // XML reads every line break as "\n" (a "\r" that matters arrives as "&#13;").
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let at = 0;
  // Lines are counted as the reading goes: counting from the start at every tag is quadratic.
  let line = 1;
  let countedTo = 0;
  const lineAt = (position) => {
    for (; countedTo < position; countedTo += 1) if (text[countedTo] === "\n") line += 1;
    return line;
  };
  const fail = (message) => {
    throw new XmlError(`${message} (line ${lineAt(at)})`);
  };
  const decode = (raw) =>
    raw.replace(
      /&(?:#x([0-9a-fA-F]+);|#([0-9]+);|(lt|gt|amp|quot|apos);)|&|</g,
      (match, hex, decimal, named) => {
        if (named) return predefined[named];
        if (hex || decimal) return String.fromCodePoint(parseInt(hex ?? decimal, hex ? 16 : 10));
        return fail(match === "<" ? "a < inside an attribute value" : "a bare & (write &amp;)");
      },
    );

  // One frame per open element, the document's first: the element, its tag, namespaces in scope.
  const document = { children: [] };
  const open = [{ element: document, qualifiedName: "", namespaces: { xml: xmlNamespace } }];
  const current = () => open.at(-1);
  const tag = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

  while (at < text.length) {
    if (text.startsWith("<!--", at)) {
      const end = text.indexOf("-->", at);
      if (end < 0) fail("a comment that never ends");
      at = end + 3;
    } else if (text.startsWith("<![CDATA[", at)) {
      const end = text.indexOf("]]>", at);
      if (end < 0) fail("a CDATA section that never ends");
      if (open.length === 1) fail("text outside the root element");
      current().element.children.push(text.slice(at + 9, end));
      at = end + 3;
    } else if (text.startsWith("<?", at)) {
      const end = text.indexOf("?>", at);
      if (end < 0) fail("a processing instruction that never ends");
      at = end + 2;
    } else if (text.startsWith("<!", at)) {
      fail("a document type declaration, which is not accepted");
    } else if (text.startsWith("</", at)) {
      const end = /<\/([^\s>]+)\s*>/y;
      end.lastIndex = at;
      const match = end.exec(text);
      if (!match) fail("a malformed end tag");
      if (open.length === 1 || current().qualifiedName !== match[1]) {
        fail(`</${match[1]}> does not close the open element`);
      }
      open.pop();
      at = end.lastIndex;
    } else if (text[at] === "<") {
      tag.lastIndex = at;
      const match = tag.exec(text);
      if (!match) fail("a malformed start tag");
      const [, qualifiedName, attributeText, selfClosing] = match;
      const attributes = {};
      for (const [, name, double, single] of attributeText.matchAll(attribute)) {
        if (name in attributes) fail(`attribute ${name} given twice`);
        attributes[name] = decode(double ?? single);
      }
      const namespaces = { ...current().namespaces };
      for (const [name, value] of Object.entries(attributes)) {
        if (name === "xmlns") namespaces[""] = value;
        else if (name.startsWith("xmlns:")) namespaces[name.slice(6)] = value;
      }
      const [prefix, name] = qualifiedName.includes(":")
        ? qualifiedName.split(":", 2)
        : ["", qualifiedName];
      if (prefix && !(prefix in namespaces)) fail(`undeclared namespace prefix ${prefix}`);
      if (open.length === 1 && document.children.length > 0) fail("a second root element");
      const element = {
        ns: namespaces[prefix] ?? "",
        name,
        attributes,
        children: [],
        line: lineAt(at),
      };
      current().element.children.push(element);
      if (!selfClosing) open.push({ element, qualifiedName, namespaces });
      at = tag.lastIndex;
    } else {
      const end = text.indexOf("<", at);
      const raw = text.slice(at, end < 0 ? text.length : end);
      if (open.length === 1) {
        if (raw.trim() !== "") fail("text outside the root element");
      } else {
        current().element.children.push(decode(raw));
      }
      at += raw.length;
    }
  }
  if (open.length > 1) fail(`<${current().qualifiedName}> is never closed`);
  const root = document.children[0];
  if (!root) throw new XmlError("no root element");
  return root;
}

/** The element children of an element in one namespace, optionally by local name. */
export function childElements(element, ns, name) {
  return element.children.filter(
    (child) =>
      typeof child === "object" && child.ns === ns && (name === undefined || child.name === name),
  );
}
