import { describe, expect, it } from 'vitest';
import { listeningMessage, readEmbedMessage } from '../../src/core/media/embedMessages';

describe('a YouTube embed\'s messages', () => {
	it('asks the embed to report, as the IFrame API does', () => {
		expect(JSON.parse(listeningMessage())).toEqual({ event: 'listening', id: 1, channel: 'widget' });
	});

	it('reads the time and the state an infoDelivery or onStateChange reports', () => {
		expect(readEmbedMessage('{"event":"infoDelivery","info":{"currentTime":912.4,"playerState":1,"volume":100}}')).toEqual({ time: 912.4, playing: true });
		expect(readEmbedMessage('{"event":"infoDelivery","info":{"currentTime":3}}')).toEqual({ time: 3, playing: null });
		expect(readEmbedMessage('{"event":"infoDelivery","info":{"playerState":3}}')).toEqual({ time: null, playing: true });
		expect(readEmbedMessage('{"event":"onStateChange","info":2}')).toEqual({ time: null, playing: false });
		expect(readEmbedMessage('{"event":"onStateChange","info":0}')).toEqual({ time: null, playing: false });
		expect(readEmbedMessage({ event: 'infoDelivery', info: { currentTime: 7.5 } })).toEqual({ time: 7.5, playing: null });
	});

	it('ignores anything else: other events, other pages\' messages, broken JSON, a time that is no number', () => {
		for (const data of ['{"event":"onReady","info":null}', 'hello', '{"event":"infoDelivery"', '{"event":"infoDelivery","info":{"currentTime":"12"}}', '{"event":"infoDelivery","info":{"volume":50}}', 42, null, '{"event":"onStateChange","info":"1"}']) {
			expect(readEmbedMessage(data)).toBeNull();
		}
	});
});
