import {
  BadRequestException,
  ConflictException,
  HttpStatus,
  InternalServerErrorException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception';
import { mapException } from './error-mapping';
import { ValidationFailedException } from './validation-failed.exception';

function queryFailed(code: string, constraint?: string): QueryFailedError {
  const driverError = Object.assign(new Error(`pg error ${code} with secret detail`), {
    code,
    constraint,
  });
  return new QueryFailedError('SELECT 1', [], driverError);
}

function fastifyError(code: string, statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { code, statusCode });
}

class RoomAlreadyBookedException extends DomainException {
  constructor() {
    super('ROOM_ALREADY_BOOKED', 'The room is already booked at that time.', HttpStatus.CONFLICT, {
      roomId: 'r1',
    });
  }
}

describe('mapException', () => {
  it('keeps a feature exception: its code, status, message and details', () => {
    expect(mapException(new RoomAlreadyBookedException())).toEqual({
      status: 409,
      body: {
        code: 'ROOM_ALREADY_BOOKED',
        message: 'The room is already booked at that time.',
        details: { roomId: 'r1' },
      },
      unexpected: false,
    });
  });

  it('maps validation failures to 422 with the field map', () => {
    const mapped = mapException(
      new ValidationFailedException({ 'address.postcode': ['too short'] }),
    );
    expect(mapped.status).toBe(422);
    expect(mapped.body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The request is invalid.',
      details: { 'address.postcode': ['too short'] },
    });
  });

  it.each([
    [new BadRequestException('bad'), 400, 'BAD_REQUEST', 'bad'],
    [new NotFoundException('Cannot GET /api/x'), 404, 'NOT_FOUND', 'Cannot GET /api/x'],
    [new ConflictException('taken'), 409, 'CONFLICT', 'taken'],
  ])(
    'keeps the status of Nest HTTP exceptions with a mapped code (%#)',
    (exception, status, code, message) => {
      expect(mapException(exception)).toEqual({
        status,
        body: { code, message },
        unexpected: false,
      });
    },
  );

  it('hides the message of 5xx HTTP exceptions', () => {
    const mapped = mapException(new InternalServerErrorException('db password is hunter2'));
    expect(mapped.status).toBe(500);
    expect(mapped.body.code).toBe('INTERNAL_ERROR');
    expect(mapped.body.message).not.toContain('hunter2');
    expect(mapped.unexpected).toBe(true);
    expect(mapException(new ServiceUnavailableException()).body.code).toBe('SERVICE_UNAVAILABLE');
  });

  it.each([
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'BAD_REQUEST'],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'PAYLOAD_TOO_LARGE'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('keeps the 4xx of Fastify errors (%s)', (code, status, apiCode) => {
    expect(mapException(fastifyError(code, status, 'fastify says'))).toEqual({
      status,
      body: { code: apiCode, message: 'fastify says' },
      unexpected: false,
    });
  });

  it.each([
    ['22P02', 400, 'BAD_REQUEST'],
    ['22007', 400, 'BAD_REQUEST'],
    ['22008', 400, 'BAD_REQUEST'],
    ['22003', 400, 'BAD_REQUEST'],
    ['22021', 400, 'BAD_REQUEST'],
    ['23505', 409, 'CONFLICT'],
    ['23503', 409, 'CONFLICT'],
    ['23P01', 409, 'CONFLICT'],
  ])('maps SQLSTATE %s to %i %s without the driver message', (sqlState, status, code) => {
    const mapped = mapException(queryFailed(sqlState));
    expect(mapped.status).toBe(status);
    expect(mapped.body.code).toBe(code);
    expect(mapped.body.message).not.toContain('secret');
    expect(mapped.unexpected).toBe(false);
  });

  it('names the violated constraint of a conflict', () => {
    expect(mapException(queryFailed('23505', 'uq_room_slug')).body.details).toEqual({
      constraint: 'uq_room_slug',
    });
  });

  it('answers 503 when PostgreSQL went away or broke a deadlock under the request (a retry is safe)', () => {
    const terminated = new QueryFailedError(
      'SELECT 1',
      [],
      new Error('Connection terminated unexpectedly'),
    );
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    for (const error of [
      queryFailed('57P01'),
      queryFailed('57P03'),
      queryFailed('08006'),
      queryFailed('40P01'),
      queryFailed('40001'),
      terminated,
      refused,
    ]) {
      expect(mapException(error)).toEqual({
        status: 503,
        body: { code: 'SERVICE_UNAVAILABLE', message: expect.not.stringContaining('secret') },
        unexpected: true,
      });
    }
  });

  it('answers anything else with a generic 500 and flags it for logging', () => {
    for (const error of [
      new Error('boom: secret'),
      queryFailed('42P01'),
      'a string',
      undefined,
      fastifyError('FST_ERR_X', 500, 'x'),
    ]) {
      expect(mapException(error)).toEqual({
        status: 500,
        body: { code: 'INTERNAL_ERROR', message: expect.not.stringContaining('secret') },
        unexpected: true,
      });
    }
  });
});
