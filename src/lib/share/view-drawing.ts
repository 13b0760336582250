/**
 * A view's picture, drawn: what it says (view-picture.ts) composed at its shape's size. The save
 * buttons import this module when one is pressed, so the composer is not part of the script a map
 * page reads before it answers.
 */
import { composePicture, type Picture } from './compose';
import { pictureSize, type PictureShape } from './file-names';
import { viewPicture } from './view-picture';

export function drawViewPicture(
	content: Parameters<typeof viewPicture>[0],
	shape: PictureShape
): Picture {
	return composePicture(viewPicture(content), pictureSize(shape));
}
