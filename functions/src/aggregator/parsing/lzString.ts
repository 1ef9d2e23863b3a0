// Decoder for lz-string's `compressToBase64` (pieroxy/lz-string, MIT): SeLoger compresses the
// search page state with it. Written from the format, decoding only.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
const VALUE_OF = new Map([...ALPHABET].map((character, index) => [character, index]));

/** `null` when the input is not lz-string data. */
export function decompressFromBase64(input: string): string | null {
  if (input === '') return null;
  const length = input.length;
  const resetValue = 32;
  const next = (index: number): number => VALUE_OF.get(input.charAt(index)) ?? 0;

  const dictionary: string[] = ['0', '1', '2'];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const result: string[] = [];
  let value = next(0);
  let position = resetValue;
  let index = 1;

  const readBits = (count: number): number => {
    let bits = 0;
    let power = 1;
    const max = 2 ** count;
    while (power !== max) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = resetValue;
        value = next(index++);
      }
      if (bit > 0) bits |= power;
      power <<= 1;
    }
    return bits;
  };

  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    default:
      return '';
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);

  for (;;) {
    if (index > length) return '';
    let code = readBits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(readBits(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(readBits(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2:
        return result.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known !== undefined) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return null;
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
