import { useCallback, useState } from 'react';
import { navigate } from '../../app/router';
import type { ScreenProps } from '../../app/screens';
import { Card, PageHeader } from '../../components/ui';
import { RecorderPanel } from '../../features/recording/RecorderPanel';
import { QuestionStep, type ChosenQuestion } from './QuestionStep';
import { RecentRecordings } from './RecentRecordings';
import { ReviewStep } from './ReviewStep';

/**
 * Question → record (video or audio only) → processing → review: playback with the waveform,
 * voice metrics with advice, and a full score when the user adds notes or a transcript.
 * `#/video-interview?recording=<id>` opens a recording's review directly (recovered, history).
 */
export function VideoInterviewScreen({ params }: ScreenProps) {
  const [mode, setMode] = useState<'audio' | 'video'>('video');
  const [question, setQuestion] = useState<ChosenQuestion | null>(null);
  const [recording, setRecording] = useState<string | null>(null);
  const linked = params.get('recording');
  const reviewId = recording ?? linked;

  const startOver = useCallback(() => {
    setRecording(null);
    setQuestion(null);
    if (linked) navigate('video-interview');
  }, [linked]);

  return (
    <div className="screen">
      <PageHeader
        title="Video interview"
        subtitle="Answer out loud, on camera or voice only, and see how you come across: pace, pauses, pitch and volume."
      />
      {reviewId ? (
        <ReviewStep
          key={reviewId}
          id={reviewId}
          category={question?.category ?? null}
          onRecordAgain={() => {
            setRecording(null);
            if (linked) navigate('video-interview');
          }}
          onNewQuestion={startOver}
          onDeleted={startOver}
        />
      ) : question ? (
        <Card title="2. Record your answer">
          <blockquote className="vi-question vi-question-large" data-testid="current-question">
            {question.text}
          </blockquote>
          <RecorderPanel
            mode={mode}
            questionId={question.id}
            questionText={question.text}
            onRecorded={setRecording}
            onBack={() => setQuestion(null)}
          />
        </Card>
      ) : (
        <>
          <QuestionStep mode={mode} onModeChange={setMode} onChosen={setQuestion} />
          <RecentRecordings />
        </>
      )}
    </div>
  );
}
