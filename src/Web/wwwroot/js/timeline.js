// The timeline's enhancements, each in its own small module. Without script every mark and list entry is a link to
// ?event=slug, which the server renders with the same slide, so nothing here is needed to read the story.
import { enhanceMarks } from './timeline-keys.js';
import { enhanceStory } from './timeline-story.js';

const axis = document.querySelector('[data-timeline]');
const panel = document.querySelector('[data-detail-panel]');
const marks = axis ? enhanceMarks(axis) : null;
if (panel) enhanceStory(panel, marks);
