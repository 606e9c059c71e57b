// Posts in a LinkedIn group: the share box opened on /groups/<id>/ (or aimed at a group).
import { shareComposerDetector } from './share-composer';

export const groupComposerDetector = shareComposerDetector(['group-composer']);
