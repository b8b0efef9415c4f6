/**
 * The peer scorers the benchmarks compare against, each used as a stand-in
 * score for every skill: VADER's compound score, AFINN via `sentiment`, and
 * natural's SentimentAnalyzer (English AFINN, our memoised stemmer).
 */
import { createRequire } from 'node:module';
import { naturalSentimentAnalyzer, tokenize } from '../src/core/nlp.js';

const require = createRequire(import.meta.url);

interface Vader {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
type SentimentCtor = new () => { analyze(text: string): { score: number; comparative: number } };

const vader = require('vader-sentiment') as Vader;
const Sentiment = require('sentiment') as SentimentCtor;
const afinn = new Sentiment();
const natural = naturalSentimentAnalyzer();

export type Scorer = (text: string) => number;

export const PEERS: Record<string, Scorer> = {
  VADER: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
  AFINN: (text) => afinn.analyze(text).score,
  natural: (text) => {
    const words = tokenize(text).map((t) => t.lower);
    return words.length === 0 ? 0 : natural.getSentiment(words);
  },
};

export const vaderCompound: Scorer = PEERS.VADER!;
