import { useTranslation } from 'react-i18next';
import { OpenButtons } from './OpenButtons';
import { ResumeOffer } from './ResumeOffer';

/** First screen: what Viable is for and how to open images. */
export function StartPage() {
  const { t } = useTranslation('app');
  return (
    <main className="start-page" data-testid="start-page">
      <h1>{t('brand')}</h1>
      <p>{t('start.intro')}</p>
      <ResumeOffer />
      <OpenButtons />
      <p className="hint">{t('start.dropHint')}</p>
      <p className="disclaimer">{t('start.disclaimer')}</p>
    </main>
  );
}
