import { render } from 'preact';
import { Options } from './Options';

document.documentElement.lang = navigator.language.slice(0, 2);
render(<Options />, document.getElementById('app')!);
