// Image boxes inside the root: a <figure> or an image-named box that holds a picture and a line or two of
// text. That text is a caption or a photo credit ("Name/Agency", "Bild: ..."), written for the picture, not
// a paragraph of the story; figcaptions already go (TUNING.excludeCaptions), this catches the credits and
// captions that sit beside the image without one.
import type { ElStats, PageScan } from './walk';

/** Class words of a box that frames an image. Must start a class token: "imagery-report" is no image box. */
const IMAGE_BOX = /(?:^|[^a-z0-9])(?:image|img|bild|foto|photo|picture|media-?image|beitragsbild|thumbnail)(?:$|[^a-z])/i;
/** Longer than this, the text beside the picture is more than a caption. */
const MAX_CAPTION_CHARS = 160;
const IMAGE_TAGS = new Set(['IMG', 'PICTURE', 'SVG', 'VIDEO']);
/** Quotes and text blocks in a figure are the story's own (pull quotes, code listings, tables). */
const TEXT_TAGS = new Set(['BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** True when `s` is a figure or image box whose only text is a short caption or credit. */
export function isImageBox(s: ElStats, scan: PageScan): boolean {
  if (s.textLen === 0 || s.textLen > MAX_CAPTION_CHARS) return false;
  if (s.tag !== 'FIGURE' && !(s.classId && IMAGE_BOX.test(s.classId))) return false;
  let image = false;
  for (let i = s.index + 1; i < s.end; i++) {
    const tag = scan.order[i].tag;
    if (TEXT_TAGS.has(tag)) return false;
    if (IMAGE_TAGS.has(tag)) image = true;
  }
  return image;
}
