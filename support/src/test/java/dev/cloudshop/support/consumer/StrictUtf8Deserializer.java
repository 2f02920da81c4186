package dev.cloudshop.support.consumer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/** Text that refuses bytes which are not UTF-8, so a test can make deserialisation fail. */
public class StrictUtf8Deserializer implements Deserializer<String> {

	@Override
	public String deserialize(String topic, byte[] data) {
		if (data == null) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new SerializationException("The value is not UTF-8", ex);
		}
	}

}
