/** First screen: what Viable is for and how to open images. */
export function StartPage() {
  return (
    <main className="start-page" data-testid="start-page">
      <h1>Viable</h1>
      <p>Measure viable (arterially enhancing) liver tumour before and after TACE: mRECIST, RECIST 1.1 and EASL.</p>
      <p className="disclaimer">Research software, not a certified medical device.</p>
    </main>
  );
}
