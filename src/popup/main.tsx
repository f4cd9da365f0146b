import { render } from 'preact';
import { App } from './App';

document.documentElement.lang = navigator.language.slice(0, 2);
render(<App />, document.getElementById('app')!);
