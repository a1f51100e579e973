/**
 * Reading questions aloud with the system's speech synthesis. Some systems (and some Linux
 * builds of Chromium) have none, or no voices: then the option is off and the screen says why.
 */
export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

/** Speaks the text, cutting off anything still being read; returns a function that stops it. */
export function speak(text: string): () => void {
  if (!speechAvailable()) return () => undefined;
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'en-US';
  utterance.rate = 0.95;
  synth.cancel();
  synth.speak(utterance);
  return () => synth.cancel();
}
