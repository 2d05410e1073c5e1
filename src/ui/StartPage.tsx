import { OpenButtons } from './OpenButtons';
import { ResumeOffer } from './ResumeOffer';

/** First screen: what Viable is for and how to open images. */
export function StartPage() {
  return (
    <main className="start-page" data-testid="start-page">
      <h1>Viable</h1>
      <p>
        Measure viable (arterially enhancing) liver tumour before and after TACE and get the mRECIST response, with RECIST 1.1
        and EASL from the same reads.
      </p>
      <ResumeOffer />
      <OpenButtons />
      <p className="hint">
        Or drop a folder, files or a .zip anywhere on this window. Images stay on this computer: nothing is uploaded.
      </p>
      <p className="disclaimer">Research software, not a certified medical device.</p>
    </main>
  );
}
