import { MatchProposal } from './match-proposal.entity';
import { MatchRun } from './match-run.entity';

/** Entities of match runs and their proposals. */
export const PROPOSAL_ENTITIES = [MatchRun, MatchProposal] as const;
