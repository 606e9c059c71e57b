// Feed posts from the share box, and posts made as the employer's company page (admin route or author).
import { shareComposerDetector } from './share-composer';

export const feedComposerDetector = shareComposerDetector(['feed-composer', 'company-page-composer']);
